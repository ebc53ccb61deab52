"""What the command that opens the desktop program says on the command line."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "desktop.no_display": (
        "No display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window "
        "cannot open; the command-line part works without one: promoplanner --help",
        "未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置），无法打开窗口；"
        "命令行部分无需显示器即可使用：promoplanner --help",
    ),
    "desktop.clock_stands_still": (
        "The clock stands still at {now} (--now): deadlines do not pass while the program runs.",
        "时钟停在 {now}（--now）：程序运行期间截止时间不会到来。",
    ),
}
