"""Buyers' spreadsheets: reading, mapping headers, the import preview, export and template."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Reading a file ------------------------------------------------------------------
    "sheet.not_found": ("There is no file {path}.", "找不到文件 {path}。"),
    "sheet.cannot_read": ("{path} cannot be read: {reason}", "无法读取 {path}：{reason}"),
    "sheet.unknown_type": (
        "{path} is neither an .xlsx nor a .csv file; save the sheet as one of those.",
        "{path} 不是 .xlsx 或 .csv 文件，请把表格另存为其中一种格式。",
    ),
    "sheet.empty": ("{path} is empty.", "{path} 是空文件。"),
    "sheet.too_big": (
        "{path} is {size} MB; a list of items is at most {limit} MB.",
        "{path} 有 {size} MB，商品清单最大 {limit} MB。",
    ),
    "sheet.not_xlsx": (
        "{path} is called .xlsx but is not an Excel workbook{hint}.",
        "{path} 扩展名为 .xlsx，但不是 Excel 工作簿{hint}。",
    ),
    "sheet.really_csv": (
        " (it holds comma-separated text: rename it to .csv)",
        "（其内容是逗号分隔的文本，请改名为 .csv）",
    ),
    "sheet.really_xlsx": (
        "{path} is called .csv but is an Excel workbook: rename it to .xlsx.",
        "{path} 扩展名为 .csv，但其实是 Excel 工作簿，请改名为 .xlsx。",
    ),
    "sheet.encrypted": (
        "{path} is protected by a password; open it in Excel or WPS, remove the password "
        "and save it again.",
        "{path} 设有密码保护，请在 Excel 或 WPS 中打开，取消密码后重新保存。",
    ),
    "sheet.old_xls": (
        "{path} is an old Excel 97–2003 workbook (.xls); save it as .xlsx.",
        "{path} 是旧版 Excel 97–2003 工作簿（.xls），请另存为 .xlsx。",
    ),
    "sheet.not_text": (
        "{path} is not a text table: it is neither UTF-8 nor GB18030 text.",
        "{path} 不是文本表格：既不是 UTF-8 也不是 GB18030 编码的文本。",
    ),
    "sheet.no_rows": ("{path} has a header but no rows of items.", "{path} 只有表头，没有商品行。"),
    "sheet.too_many_rows": (
        "{path} has more than {limit} {limit:row|rows}; split it into smaller lists.",
        "{path} 超过 {limit} 行，请拆分成较小的清单。",
    ),
    "sheet.no_header": (
        "No header found in the first rows: name the columns, e.g. 品名, 条码, 原价, 特价, 楼层.",
        "前几行中找不到表头：请写明各列名称，例如 品名、条码、原价、特价、楼层。",
    ),
    "sheet.column_twice": (
        "Columns “{first}” and “{second}” both mean {what}; keep one of them.",
        "“{first}”和“{second}”两列都表示{what}，请只保留一列。",
    ),
    "sheet.missing_columns": (
        "The sheet has no column for {fields}; add it and import again.",
        "表格缺少{fields}列，请补上后重新导入。",
    ),
    "sheet.unknown_columns": (
        "Column {columns} is not known and was left out.",
        "未识别的列 {columns} 已忽略。",
    ),
    # Cells ---------------------------------------------------------------------------
    "sheet.barcode_lost_digits": (
        "The barcode {value} was turned into a rounded number by Excel and has lost digits; "
        "format the column as text and type the barcode again.",
        "条码 {value} 已被 Excel 转为科学计数法，丢失了位数；请把该列设为文本格式后重新输入条码。",
    ),
    "sheet.price_ambiguous": (
        "“{value}” cannot be read as one price; write it like 1280.00.",
        "“{value}”无法确定是哪个价格，请按 1280.00 这样填写。",
    ),
    # The import ----------------------------------------------------------------------
    "sheet.row_problem": (
        "Row {row}, column {column} ({header}): {reason}",
        "第 {row} 行 {column} 列（{header}）：{reason}",
    ),
    "sheet.row_problem_no_column": ("Row {row}: {reason}", "第 {row} 行：{reason}"),
    "sheet.bad_rows": (
        "{count} {count:row|rows} cannot be imported; nothing was imported:",
        "有 {count} 行无法导入，本次未导入任何内容：",
    ),
    "sheet.more_rows": ("… and {count} more problems.", "……另有 {count} 处问题。"),
    "sheet.nothing_to_import": ("No row is left to import.", "没有可导入的行。"),
    "sheet.cancelled": (
        "The import was cancelled; nothing was imported.",
        "导入已取消，未导入任何内容。",
    ),
    "sheet.imported": (
        "{source}: {new} new, {changed} changed, {unchanged} unchanged items in phase {phase}.",
        "{source}：第{phase}阶段新增 {new} 个、修改 {changed} 个、未变 {unchanged} 个商品。",
    ),
    "sheet.dry_run": (
        "{source}: would add {new}, change {changed}, leave {unchanged} unchanged "
        "(nothing written).",
        "{source}：将新增 {new} 个、修改 {changed} 个、{unchanged} 个不变（未写入）。",
    ),
    "sheet.skipped_empty": ("{count} empty rows skipped.", "已跳过 {count} 个空行。"),
    "sheet.bad_mapping": (
        "“{value}” is not a field; write WORD=FIELD with a field such as name, barcode, "
        "regular_price, promo_price, floor, or WORD= to leave the column out.",
        "“{value}”不是字段名；请写成 表头=字段，字段如 name、barcode、regular_price、"
        "promo_price、floor，或写成 表头= 以忽略该列。",
    ),
    "sheet.not_a_buyer_default": (
        "Only the planning department imports for another buyer (--buyer).",
        "只有企划部可以替其他采购导入（--buyer）。",
    ),
    "state.new": ("new", "新增"),
    "state.changed": ("changed", "修改"),
    "state.unchanged": ("unchanged", "未变"),
    "state.bad": ("to fix", "待修正"),
    "state.left_out": ("left out", "不导入"),
    # Export and template -------------------------------------------------------------
    "export.bad_type": (
        "Write the list to a .csv or .xlsx file (not {path}).",
        "请导出为 .csv 或 .xlsx 文件（而不是 {path}）。",
    ),
    "export.written": (
        "{count} {count:item|items} written to {path}.",
        "已将 {count} 个商品写入 {path}。",
    ),
    "template.written": ("Blank list written to {path}.", "空白清单已写入 {path}。"),
    "template.title": ("Special-price items", "特价商品清单"),
    "template.example": ("Example row: replace it with your items.", "示例行：请替换为您的商品。"),
    "template.lists": ("Lists", "选项"),
    "template.pick": ("Pick one from the list.", "请从列表中选择。"),
    "template.yes": ("yes", "是"),
    "template.no": ("no", "否"),
    # The command line ------------------------------------------------------------------
    "cli.cmd_import": (
        "import a buyer's item list (.xlsx or .csv)",
        "导入采购的商品清单（.xlsx 或 .csv）",
    ),
    "cli.opt_import_buyer": (
        "the buyer the rows are for (planning department)",
        "这些商品所属的采购（企划部使用）",
    ),
    "cli.opt_dry_run": ("check every row, write nothing", "只检查每一行，不写入"),
    "cli.opt_map": (
        "what an unknown header means, remembered for you",
        "未识别表头的含义（会为您记住）",
    ),
    "cli.cmd_export": (
        "write a phase's items to .csv or .xlsx",
        "将某阶段的商品导出为 .csv 或 .xlsx",
    ),
    "cli.opt_sheet_output": ("the file to write (.csv or .xlsx)", "要写入的文件（.csv 或 .xlsx）"),
    "cli.cmd_template": (
        "write the blank item list buyers fill in",
        "生成供采购填写的空白商品清单",
    ),
    "cli.cmd_submission": ("hand in, approve or return a buyer's list", "提交、通过或退回采购清单"),
    "cli.submission_submit": (
        "hand in your list (as the signed-in buyer)",
        "提交您的清单（以登录的采购身份）",
    ),
    "cli.submission_approve": (
        "accept a buyer's list (planning department)",
        "通过采购的清单（企划部）",
    ),
    "cli.submission_return": ("send a buyer's list back with a comment", "退回采购的清单并附意见"),
    "cli.submission_list": ("where each buyer's list stands", "各采购清单的状态"),
    "cli.opt_buyer_name": ("the buyer, by name", "采购姓名"),
    "cli.opt_export_buyer": (
        "only this buyer's items (by name or user name): a sheet the buyer can import again",
        "只导出该采购的商品（姓名或用户名）：采购可原样再导入",
    ),
    "cli.opt_comment": ("the comment on the list", "对清单的意见"),
    "cli.opt_item_comment": ("a comment on one item, by its id", "对某个商品的意见（按编号）"),
    "cli.cmd_late": ("the late records frozen at a phase's deadline", "阶段截止时冻结的逾期记录"),
    "cli.opt_waive": (
        "waive this buyer's assessment (with --reason)",
        "免除该采购的考核（需 --reason）",
    ),
    "cli.opt_reason": ("why", "原因"),
    "cli.opt_rule": (
        "how late buyers are assessed: fixed or per-item",
        "逾期考核方式：fixed（固定）或 per-item（按缺少商品数）",
    ),
    "cli.opt_amount": ("yuan of the rule", "考核金额（元）"),
    "cli.phase_needed": ("Say which phase (--phase).", "请指明阶段（--phase）。"),
}
