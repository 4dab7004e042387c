#pragma once

#include "DetailSection.h"

class QTableView;

namespace ctx {

// Segments: each segment of the environment, whether this context is a member and why.
class SegmentsSection : public DetailSection
{
    Q_OBJECT
public:
    explicit SegmentsSection(ContextDetail *detail, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

protected:
    QString loadedText() const override;

private:
    QTableView *m_table;
};

} // namespace ctx
