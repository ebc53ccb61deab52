"""Opening, upgrading and writing databases."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Databases -----------------------------------------------------------------------
    "db.bad_url": (
        "“{url}” is neither a file path nor a database URL promoplanner can use.",
        "“{url}”不是可用的文件路径或数据库地址。",
    ),
    "db.cannot_open": (
        "Cannot open the database {url}: {reason}",
        "无法打开数据库 {url}：{reason}",
    ),
    "db.not_ours": (
        "{url} is not a promoplanner database; it was left untouched.",
        "{url} 不是 promoplanner 数据库，未做任何改动。",
    ),
    "db.empty_file": (
        "{url} is an empty file, not a promoplanner database; it was left untouched "
        "(“promoplanner --db FILE demo” makes a database of it).",
        "{url} 是空文件，不是 promoplanner 数据库，未做任何改动"
        "（“promoplanner --db 文件 demo”可在其中建立数据库）。",
    ),
    "db.damaged": (
        "{url} is a damaged database and cannot be read; it was left untouched. "
        "Restore it from your backup.",
        "{url} 是已损坏的数据库，无法读取，未做任何改动。请从备份恢复。",
    ),
    "db.damaged_copy": (
        "{url} is a damaged database and cannot be read; it was left untouched. "
        "To get back, open the copy kept beside it, {copy}, or restore your backup.",
        "{url} 是已损坏的数据库，无法读取，未做任何改动。"
        "如需恢复，请打开旁边保存的副本 {copy}，或从备份恢复。",
    ),
    "db.too_new": (
        "{url} was written by a newer promoplanner (schema {revision}); please update the program.",
        "{url} 由更新版本的 promoplanner 写入（结构版本 {revision}），请先升级程序。",
    ),
    "db.missing": ("There is no database at {url}.", "{url} 处没有数据库。"),
    "db.not_a_file": (
        "{url} is not an ordinary file, so it cannot be a database.",
        "{url} 不是普通文件，不能作为数据库。",
    ),
    "db.bad_name": (
        "The file name {url} has characters that cannot be used for a database.",
        "文件名 {url} 含有无法使用的字符。",
    ),
    "db.read_only": (
        "{url} cannot be written here (read-only file or folder).",
        "{url} 无法写入（文件或文件夹为只读）。",
    ),
    "db.read_only_old": (
        "{url} needs an upgrade from schema {revision}, but it is read-only; "
        "make it writable or open a copy.",
        "{url} 需要从结构版本 {revision} 升级，但它是只读的；请改为可写或打开一份副本。",
    ),
    "db.driver_missing": (
        "The driver for {url} is not installed ({module}); "
        'install it with: pip install "promoplanner[postgres]"',
        '未安装 {url} 所需的驱动（{module}）；请运行：pip install "promoplanner[postgres]"',
    ),
    "db.failed": (
        "The database refused the work: {reason}",
        "数据库拒绝了此操作：{reason}",
    ),
    "db.bad_data": (
        "The database holds a value promoplanner cannot read: {reason}",
        "数据库中有无法读取的数据：{reason}",
    ),
    "db.backup_before_replace": (
        "A copy of the database before replacing was kept at {path}.",
        "替换前的数据库副本已保存在 {path}。",
    ),
    "db.no_folder": (
        "The folder for {url} does not exist.",
        "{url} 所在的文件夹不存在。",
    ),
    "db.is_folder": (
        "{url} is a folder, not a database file.",
        "{url} 是文件夹，不是数据库文件。",
    ),
    "db.upgrade_duplicate_barcode": (
        "This database has barcode {barcode} twice in one phase, which the new version "
        "refuses; nothing was changed. Open it with the previous version and correct it.",
        "该数据库同一阶段内有两个条码 {barcode}，新版本不允许；未做任何改动。"
        "请用旧版本打开并改正。",
    ),
    # Writing: what a database error means for the person -------------------------------
    "db.busy": (
        "Another user is saving right now; nothing was changed. Try again in a moment.",
        "其他用户正在保存，本次未做改动。请稍后再试。",
    ),
    "db.constraint": (
        "That clashes with what is already stored; nothing was changed ({reason}).",
        "与已保存的数据冲突，未做任何改动（{reason}）。",
    ),
    "db.reference_gone": (
        "Something this refers to was removed meanwhile; nothing was changed. Reload and "
        "try again.",
        "所引用的数据已被他人删除，未做任何改动。请刷新后重试。",
    ),
    "db.out_of_range": (
        "A value is too large or too long for the database; nothing was changed.",
        "有数值过大或文字过长，数据库无法保存，未做任何改动。",
    ),
    "db.no_permission": (
        "The database server does not let your account do this; nothing was changed. Ask "
        "whoever runs the server ({reason}).",
        "数据库服务器不允许您的账号进行此操作，未做任何改动。请联系服务器管理员（{reason}）。",
    ),
    "db.read_only_now": (
        "The database file can only be read now (no right to write it); nothing was changed.",
        "数据库文件现在只能读取（没有写入权限），未做任何改动。",
    ),
    "db.disk_problem": (
        "The disk could not take the change ({reason}); nothing was changed.",
        "磁盘无法写入（{reason}），未做任何改动。",
    ),
    "db.connection_lost": (
        "The connection to the database was lost; nothing was changed. Check the network "
        "and try again ({reason}).",
        "与数据库的连接已断开，未做任何改动。请检查网络后重试（{reason}）。",
    ),
    "db.changed_meanwhile": (
        "Somebody changed this meanwhile; nothing was changed. Reload and try again.",
        "此内容已被他人修改，未做任何改动。请刷新后重试。",
    ),
    "db.user_name_taken": ("That user name is taken already.", "该用户名已被使用。"),
    "db.barcode_taken": (
        "Another item of this phase has that barcode already.",
        "本阶段已有其他商品使用该条码。",
    ),
}
