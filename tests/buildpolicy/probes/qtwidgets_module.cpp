// Build-policy probe (never part of a normal build): must NOT compile with core/'s include setup.
#include <QtWidgets/QWidget>
