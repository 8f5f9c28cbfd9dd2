// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
// A libFuzzer target for one import reader (BK_FUZZ_FORMAT): reads every row of the input and maps it as the
// headers suggest, as an import's plan does.
#include "app/import/ImportMapping.h"
#include "app/import/ImportReader.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace bk;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    buffer->open(QIODevice::ReadOnly);
    Result<std::unique_ptr<ImportReader>> reader =
        ImportReader::fromDevice(std::move(buffer), BK_FUZZ_FORMAT);
    if (!reader)
        return 0;
    const ImportMapping mapping = ImportMapping::guess(reader.value()->headers());
    ImportRow row;
    while (true) {
        const Result<bool> read = reader.value()->next(&row);
        if (!read || !read.value())
            return 0;
        const Client client = mapping.clientFrom(row.values);
        if (client.fullName.size() > qsizetype(size))
            __builtin_trap(); // a name cannot be longer than the input it was read from
    }
}
