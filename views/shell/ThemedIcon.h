#pragma once

#include <QIcon>
#include <QStyle>

namespace ctx {

// A one-colour glyph from the style's standard icons (the close cross of "remove"
// buttons) drawn in the application palette's button text colour at paint time, so that it
// shows on light and dark themes alike and follows a theme change without being set again.
// Fusion's own cross is near black, invisible on a dark palette.
class ThemedIcon
{
public:
    static QIcon standard(QStyle::StandardPixmap glyph);
};

} // namespace ctx
