// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include "scenario.h"

namespace powerfield::palette {

QColor okabeIto(int index)
{
    return QColor(paletteColor(index));
}

} // namespace powerfield::palette
