// SPDX-License-Identifier: GPL-3.0-or-later
// The Curtois & Qu instances copied into tests/data (see its README for provenance), read for tests.
#pragma once

#include "scheduling/curtoisqureader.h"

#include <QtGlobal>
#include <string>

inline dd::scheduling::Problem curtoisQuInstance(int n)
{
    const std::string path
        = std::string(DUTYDESK_SOURCE_DIR "/tests/data/curtois-qu/Instance") + std::to_string(n) + ".txt";
    dd::scheduling::ReadResult r = dd::scheduling::readCurtoisQuFile(path);
    if (!r)
        qFatal("%s", r.error.c_str());
    return r.problem;
}
