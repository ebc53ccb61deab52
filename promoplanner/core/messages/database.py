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
}
