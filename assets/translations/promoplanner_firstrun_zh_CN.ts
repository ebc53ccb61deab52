<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FirstRun</name>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>store.sqlite</source>
        <translation>门店.sqlite</translation>
    </message>
    <message>
        <source>promoplanner databases (*.sqlite)</source>
        <translation>promoplanner 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already; a new database never replaces a file. Choose another name, or open it with File → Open database.</source>
        <translation>%1 已存在；新建数据库绝不会覆盖文件。请另选名称，或用“文件 → 打开数据库”打开它。</translation>
    </message>
</context>
<context>
    <name>SetUpBannerWidget</name>
    <message>
        <source>Set up this store…</source>
        <translation>设置本门店…</translation>
    </message>
    <message>
        <source>This store is not set up yet: no store name, floors or campaign.</source>
        <translation>本门店尚未设置：没有门店名称、楼层或促销计划。</translation>
    </message>
    <message>
        <source>This store is not set up yet and nobody can sign in to it. The assistant asks the store&apos;s name, its first planner, its floors and its buyers.</source>
        <translation>本门店尚未设置，也还没有人能登录。设置向导会询问门店名称、第一位企划人员、楼层和采购。</translation>
    </message>
</context>
<context>
    <name>StoreAssistant</name>
    <message>
        <source>Set up your store</source>
        <translation>设置门店</translation>
    </message>
    <message>
        <source>Your store</source>
        <translation>您的门店</translation>
    </message>
    <message>
        <source>Welcome. A few questions set promoplanner up for your store; everything can be changed later on the Store screen.</source>
        <translation>欢迎。回答几个问题即可为您的门店设置好 promoplanner；以后都可以在“门店”页面修改。</translation>
    </message>
    <message>
        <source>e.g. 新华百货超市</source>
        <translation>例如：新华百货超市</translation>
    </message>
    <message>
        <source>Store name:</source>
        <translation>门店名称：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>The first planner</source>
        <translation>第一位企划人员</translation>
    </message>
    <message>
        <source>The planning department signs in with this account and gives the others theirs.</source>
        <translation>企划部用此账号登录，并为其他人建立账号。</translation>
    </message>
    <message>
        <source>letters and digits, e.g. zhoumin</source>
        <translation>字母和数字，例如 zhoumin</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name shown:</source>
        <translation>显示姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Row %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Floors and departments</source>
        <translation>楼层与部门</translation>
    </message>
    <message>
        <source>Each floor&apos;s code, name, golden positions (end racks, pile spots) and departments, split by 、 or commas.</source>
        <translation>每个楼层的代码和名称、黄金位置（端架和堆头）以及各部门（用“、”或逗号分隔）。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>End racks</source>
        <translation>端架</translation>
    </message>
    <message>
        <source>Pile spots</source>
        <translation>堆头</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Add floor</source>
        <translation>添加楼层</translation>
    </message>
    <message>
        <source>Remove floor</source>
        <translation>删除楼层</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Who buys for which floors (codes, e.g. 1F 2F) or departments (e.g. 1F/生鲜). A planner gives each buyer an account later.</source>
        <translation>谁负责哪些楼层（代码，例如 1F 2F）或部门（例如 1F/生鲜）。企划人员稍后为每位采购建立账号。</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Add buyer</source>
        <translation>添加采购</translation>
    </message>
    <message>
        <source>Remove buyer</source>
        <translation>删除采购</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Finish sets the store up. Nothing is written before.</source>
        <translation>点“完成”后才会设置门店，此前不写入任何内容。</translation>
    </message>
    <message>
        <source>Make the first campaign now</source>
        <translation>现在建立第一个促销计划</translation>
    </message>
    <message>
        <source>%1 in %2: %3 floors, %4 departments, %5 buyers.</source>
        <translation>%1（%2）：%3 个楼层，%4 个部门，%5 位采购。</translation>
    </message>
</context>
</TS>
