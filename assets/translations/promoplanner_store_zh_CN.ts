<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StoreScreen</name>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Save store</source>
        <translation>保存门店</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>楼层</translation>
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
        <source>English</source>
        <translation>英文</translation>
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
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>In English:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>End racks:</source>
        <translation>端架：</translation>
    </message>
    <message>
        <source>Pile spots:</source>
        <translation>堆头：</translation>
    </message>
    <message>
        <source>Add floor</source>
        <translation>添加楼层</translation>
    </message>
    <message>
        <source>Save floor</source>
        <translation>保存楼层</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Departments of the floor</source>
        <translation>该楼层的部门</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Floors:</source>
        <translation>楼层：</translation>
    </message>
    <message>
        <source>codes, e.g. 1F 2F</source>
        <translation>楼层代码，例如 1F 2F</translation>
    </message>
    <message>
        <source>Add buyer</source>
        <translation>添加采购</translation>
    </message>
    <message>
        <source>Save buyer</source>
        <translation>保存采购</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>%1 is in use, so it was retired: old campaigns still show it, new ones no longer offer it.</source>
        <translation>%1 已被使用，因此改为停用：旧的促销计划仍显示它，新的不再提供。</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Choose the floor the department belongs to.</source>
        <translation>请选择该部门所属的楼层。</translation>
    </message>
    <message>
        <source>The store itself: its name and city, its floors (code, name, end racks and pile-display spots) and their departments, and its buyers. Choose a row to change it in the form below. A floor or department in use is retired, never deleted: old campaigns still show it, new ones no longer offer it.</source>
        <translation>门店本身：名称和城市、各楼层（代码、名称、端架和堆头位数）及其部门，以及采购。选中一行即可在下方表单中修改。已使用的楼层或部门只会停用、不会删除：旧的促销计划仍显示它，新的不再提供。</translation>
    </message>
</context>
</TS>
