#pragma once

// The library's values as they travel between the GUI thread and the library worker's thread.

#include "library/library.h"
#include "library/rollup.h"

#include <QMetaType>

Q_DECLARE_METATYPE(pw::library::LibraryLocation)
Q_DECLARE_METATYPE(pw::library::SearchFilters)
Q_DECLARE_METATYPE(pw::library::IndexReport)
Q_DECLARE_METATYPE(pw::library::Rollup)
Q_DECLARE_METATYPE(pw::review::ReviewOptions)
Q_DECLARE_METATYPE(pw::library::IndicatorEntry)
