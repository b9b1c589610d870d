// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace powerfield {

class FieldScene;

// Places the names of the parties and outside options of a field so that none overprints another
// name or covers a node or satellite: each name tries the places around its node (below first,
// then above, beside, diagonally, then farther out) and takes the first that is free, preferring
// one that crosses no link; names longer than the room are elided (the tooltip has them whole).
// Names keep their pixel size on screen, so the places depend on the scene's pixel scale.
class FieldLabels
{
public:
    static void place(FieldScene &scene);
};

} // namespace powerfield
