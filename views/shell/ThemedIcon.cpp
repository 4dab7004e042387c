#include "ThemedIcon.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

namespace ctx {

namespace {

// Paints the glyph's shape (its alpha) in the palette's colour for the icon mode.
class TintedGlyphEngine : public QIconEngine
{
public:
    explicit TintedGlyphEngine(QStyle::StandardPixmap glyph)
        : m_glyph(glyph)
    {
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(
        const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QIcon source = QApplication::style()->standardIcon(m_glyph);
        QPixmap shape = source.pixmap(size, scale, QIcon::Normal, state);
        if (shape.isNull())
            return shape;
        const QPalette palette = QApplication::palette();
        const QColor colour = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        QPainter painter(&shape);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(shape.rect(), colour);
        painter.end();
        return shape;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QIconEngine *clone() const override { return new TintedGlyphEngine(m_glyph); }

    QString key() const override { return QStringLiteral("ctx.TintedGlyph"); }

private:
    QStyle::StandardPixmap m_glyph;
};

} // namespace

QIcon ThemedIcon::standard(QStyle::StandardPixmap glyph)
{
    return QIcon(new TintedGlyphEngine(glyph));
}

} // namespace ctx
