// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace dd::ui {

// Makes Chinese text render with Simplified Chinese glyph forms: the application font keeps the
// platform's family for Latin text and falls back to Noto Sans CJK SC (Debian's fonts-noto-cjk) for
// Han characters, instead of whichever CJK font fontconfig happens to pick (often the JP variant).
// Call once after the QApplication exists; harmless when the font is not installed.
void applyApplicationFont();

} // namespace dd::ui
