// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the scenario reader (built with -DPOWERFIELD_FUZZ=ON and clang; run by
// scripts/fuzz). Any input must keep the reader's promises (readercheck.h); a broken promise
// aborts, so libFuzzer keeps the input as a crash. Half the mutations are libFuzzer's own,
// half the JSON-aware ones of mutations.h.
#include "mutations.h"
#include "readercheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = powerfield::test::checkReaderInput(input, QStringLiteral("fuzz.json"));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "broken promise: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    if (seed % 2 == 0)
        return LLVMFuzzerMutate(data, size, maxSize);
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    powerfield::test::Mutator mutator(seed);
    QByteArray output = mutator.mutate(input, input);
    output.truncate(qsizetype(maxSize));
    std::memcpy(data, output.constData(), size_t(output.size()));
    return size_t(output.size());
}
