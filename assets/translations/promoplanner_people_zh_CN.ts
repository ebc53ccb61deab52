<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>当前登录：%1（%2）。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>尚无人登录。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Your password is changed; sign in with the new one from now on.</source>
        <translation>密码已修改，今后请用新密码登录。</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The departments of the floors typed above show here.</source>
        <translation>此处列出上面所填楼层的部门。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Floors (as buyer)</source>
        <translation>负责楼层（采购）</translation>
    </message>
    <message>
        <source>Departments (as buyer)</source>
        <translation>负责部门（采购）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>letters and digits, e.g. wangjianguo</source>
        <translation>字母和数字，例如 wangjianguo</translation>
    </message>
    <message>
        <source>Name shown:</source>
        <translation>显示姓名：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Floors (as buyer):</source>
        <translation>负责楼层（采购）：</translation>
    </message>
    <message>
        <source>codes, e.g. 1F 2F</source>
        <translation>楼层代码，例如 1F 2F</translation>
    </message>
    <message>
        <source>Departments (as buyer):</source>
        <translation>负责部门（采购）：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>for a new person, or to reset one</source>
        <translation>新用户的密码，或用于重设密码</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Nobody is ever deleted: the history keeps every name. A person who leaves is disabled and can no longer sign in.</source>
        <translation>用户永不删除：历史记录保留每个人的名字。离职人员的账号停用后即不能再登录。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Only the planning department manages people.</source>
        <translation>只有企划部可以管理人员。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 现在可以登录了。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>%1 signs in with the new password from now on.</source>
        <translation>%1 今后须用新密码登录。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>%1 cannot sign in now.</source>
        <translation>%1 现在不能登录了。</translation>
    </message>
    <message>
        <source>People: who may sign in. Choose a person to change their name shown, roles, floors or departments (Save changes), type a password twice to reset it, or disable an account. New person empties the form, Add person makes the account; a buyer needs their floors, and buys for the departments ticked among them. A user name never changes. Change my password… asks for your current password and the new one twice.</source>
        <translation>人员：可以登录的人。选中一人可修改其显示姓名、角色、楼层或部门（点“保存修改”），输入两次密码可重设密码，也可停用账号。“新用户”清空表单，“添加用户”创建账号；采购须有负责楼层，并负责其中勾选的部门。用户名不能更改。“修改我的密码…”须输入当前密码和两次新密码。</translation>
    </message>
</context>
</TS>
