// SPDX-License-Identifier: GPL-3.0-or-later
#include "idindex.h"

#include <random>

namespace powerfield::core {

namespace {

// Seeded per run, so that a hostile file cannot choose ids that all collide.
std::uint64_t seed()
{
    static const std::uint64_t value = (std::uint64_t(std::random_device()()) << 32) | std::random_device()();
    return value;
}

} // namespace

std::uint32_t IdIndex::hashOf(std::u16string_view id)
{
    std::uint64_t h = 0xcbf29ce484222325ull ^ seed(); // FNV-1a over code units, then a mixer
    for (char16_t c : id)
        h = (h ^ c) * 0x100000001b3ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return std::uint32_t(h);
}

void IdIndex::build(std::vector<std::u16string_view> ids)
{
    m_ids = std::move(ids);
    size_t capacity = 8;
    while (capacity < 2 * m_ids.size())
        capacity *= 2;
    m_slots.assign(capacity, Slot());
    m_distinct = 0;
    const size_t mask = capacity - 1;
    for (size_t i = 0; i < m_ids.size(); ++i) {
        const std::uint32_t h = hashOf(m_ids[i]);
        for (size_t s = h & mask;; s = (s + 1) & mask) {
            Slot &slot = m_slots[s];
            if (slot.index < 0) {
                slot = {h, int(i)};
                ++m_distinct;
                break;
            }
            if (slot.hash == h && m_ids[size_t(slot.index)] == m_ids[i]) {
                slot.index = int(i);
                break;
            }
        }
    }
}

int IdIndex::find(std::u16string_view id) const
{
    if (m_slots.empty())
        return -1;
    const std::uint32_t h = hashOf(id);
    const size_t mask = m_slots.size() - 1;
    for (size_t s = h & mask;; s = (s + 1) & mask) {
        const Slot &slot = m_slots[s];
        if (slot.index < 0)
            return -1;
        if (slot.hash == h && m_ids[size_t(slot.index)] == id)
            return slot.index;
    }
}

} // namespace powerfield::core
