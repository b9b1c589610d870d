// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewpainters.h"

#include "document.h"

namespace powerfield {

QStringList viewNames()
{
    return {};
}

PaintFunction painterFor(const QString &view, Document *document, const ViewOptions &options)
{
    Q_UNUSED(view);
    Q_UNUSED(document);
    Q_UNUSED(options);
    return {};
}

} // namespace powerfield
