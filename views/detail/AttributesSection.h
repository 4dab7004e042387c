#pragma once

#include "DetailSection.h"

class QComboBox;
class QLabel;
class QTreeView;

namespace ctx {

// Attributes: "From source" (when seen from several applications), the attributes as an
// expandable tree with private ones under _meta (names only), copy value / copy as JSON.
class AttributesSection : public DetailSection
{
    Q_OBJECT
public:
    explicit AttributesSection(ContextDetail *detail, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QComboBox *sourceBox() const { return m_sources; }

    void copyValue();
    void copyContextJson();

protected:
    QString loadedText() const override;
    void sectionUpdated() override;

private:
    void fillSources();
    void showContextMenu(const QPoint &pos);

    QLabel *m_sourceLabel;
    QComboBox *m_sources;
    QTreeView *m_tree;
};

} // namespace ctx
