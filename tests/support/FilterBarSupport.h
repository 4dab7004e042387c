#pragma once

// Environment and row/combo helpers shared by the filter bar tests.

#include "AttributeCatalog.h"
#include "FakeContextsApi.h"
#include "FilterBar.h"
#include "FilterBuilderWidget.h"
#include "FilterConditionRow.h"
#include "FilterExpression.h"
#include "FilterGroupWidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using ctx::FilterBar;
using ctx::FilterConditionRow;

namespace filterbar {

inline const ctx::EnvironmentRef kEnv {QStringLiteral("proj"), QStringLiteral("prod")};

inline QList<FilterConditionRow *> rows(FilterBar &bar)
{
    QList<FilterConditionRow *> result;
    for (FilterConditionRow *row : bar.builderPanel()->findChildren<FilterConditionRow *>()) {
        if (row->isVisibleTo(bar.builderPanel()))
            result.append(row);
    }
    return result;
}

inline QStringList itemTexts(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts.append(box->itemText(i));
    return texts;
}

inline QString lastFilter(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QStringLiteral("<none>") : spy.last().at(0).toString();
}

} // namespace filterbar

using namespace filterbar;
