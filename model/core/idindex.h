// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace powerfield::core {

// Ids to their positions in one flat open-addressing table: building it allocates once, and a
// lookup probes a compact array and compares one string, where a hash of strings follows a node
// and a string per probe. It views the ids; their text must outlive the index or the next build.
class IdIndex
{
public:
    void build(std::vector<std::u16string_view> ids); // of repeated ids the last one counts
    int find(std::u16string_view id) const;            // -1 when absent
    int size() const { return m_distinct; }            // distinct ids

private:
    struct Slot
    {
        std::uint32_t hash = 0;
        int index = -1; // -1: empty
    };
    static std::uint32_t hashOf(std::u16string_view id);

    std::vector<std::u16string_view> m_ids;
    std::vector<Slot> m_slots; // a power of two, at most half full
    int m_distinct = 0;
};

} // namespace powerfield::core
