"""argparse's own messages, keyed "argparse.<its gettext message id>".

The texts write argparse's %-placeholders in braces ({name} for %(name)s, {name!r} for
%(name)r, {} for %s, {!r} for %r); the command line turns them back before argparse fills
them in. So they never pass through ``text()``, which would fill the braces itself.
"""

from __future__ import annotations

_SAID = {
    "usage: ": ("usage: ", "用法："),
    "unrecognized arguments: %s": ("unrecognized arguments: {}", "无法识别的参数：{}"),
    "the following arguments are required: %s": (
        "the following arguments are required: {}",
        "缺少必需的参数：{}",
    ),
    "argument %(argument_name)s: %(message)s": (
        "argument {argument_name}: {message}",
        "参数 {argument_name}：{message}",
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "invalid choice: {value!r} (choose from {choices})",
        "无效的选择：{value!r}（可选：{choices}）",
    ),
    "expected one argument": ("expected one argument", "需要一个值"),
    "expected at least one argument": ("expected at least one argument", "至少需要一个值"),
    "expected at most one argument": ("expected at most one argument", "最多只能有一个值"),
    "invalid %(type)s value: %(value)r": (
        "invalid {type} value: {value!r}",
        "无效的 {type} 值：{value!r}",
    ),
    "ignored explicit argument %r": ("ignored explicit argument {!r}", "忽略了多余的值 {!r}"),
    "not allowed with argument %s": ("not allowed with argument {}", "不能与参数 {} 同时使用"),
    "one of the arguments %s is required": (
        "one of the arguments {} is required",
        "必须给出参数 {} 之一",
    ),
    "ambiguous option: %(option)s could match %(matches)s": (
        "ambiguous option: {option} could match {matches}",
        "选项 {option} 有歧义，可能是 {matches}",
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "unknown parser {parser_name!r} (choices: {choices})",
        "未知的命令 {parser_name!r}（可选：{choices}）",
    ),
    "show this help message and exit": ("show this help message and exit", "显示此帮助并退出"),
    "positional arguments": ("positional arguments", "位置参数"),
    "options": ("options", "选项"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    f"argparse.{message_id}": said for message_id, said in _SAID.items()
}
MESSAGES["cli.global_option_first"] = (
    "{option} goes before the command: promoplanner {option} … {command} …",
    "{option} 应写在命令之前：promoplanner {option} … {command} …",
)
MESSAGES["cli.option_refused"] = ("{option}: {message}", "{option}：{message}")
