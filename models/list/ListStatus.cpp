#include "ListStatus.h"

#include "ContextListModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace ctx {

QString ListStatus::unreadableText(const ContextListModel &model, QString *toolTip)
{
    const int left = model.unreadableCount();
    if (left <= 0)
        return {};
    *toolTip = tr("The server sent records this app cannot read:") + u'\n'
        + model.unreadableSamples().join(u'\n');
    if (left > model.unreadableSamples().size())
        *toolTip += QStringLiteral("\n…");
    return QStringLiteral(" · ")
        + (left == 1 ? tr("1 record could not be read and is not shown")
                     : tr("%n records could not be read and are not shown", nullptr, left));
}

ListStatus ListStatus::of(const ContextListModel &model)
{
    ListStatus status;
    status.loading = model.isLoading();
    const QLocale locale;
    const int rows = model.rowCount();
    if (model.lastError())
        status.errorText = model.lastError()->userMessage();

    if (!model.firstPageDone()) {
        if (status.loading)
            status.text = tr("Loading contexts…");
        else if (model.showingPrevious())
            status.text = tr("Showing the previous results (%1)").arg(locale.toString(rows));
        return status;
    }
    if (rows == 0 && model.unreadableCount() > 0) {
        status.text = unreadableText(model, &status.toolTip).mid(3); // without the " · "
        return status;
    }
    if (rows == 0) {
        status.text = model.query().kinds.isEmpty() && model.query().filter.isEmpty()
            ? tr("No contexts in this environment.")
            : tr("No contexts match the filter.");
        return status;
    }
    const QString loaded = locale.toString(rows);
    if (model.totalCount() && *model.totalCount() > rows && model.hasMore()) {
        status.text
            = tr("%1 of %2 contexts loaded").arg(loaded, locale.toString(*model.totalCount()));
    } else if (model.hasMore()) {
        status.text = tr("%1 contexts loaded, more available").arg(loaded);
    } else {
        status.text = rows == 1 ? tr("1 context") : tr("%n contexts", nullptr, rows);
    }
    status.text += unreadableText(model, &status.toolTip);
    if (model.sortedLocally())
        status.text += QStringLiteral(" · ")
            + tr("the server does not sort: only the loaded rows are sorted by last seen");
    if (status.loading)
        status.text += QStringLiteral(" · ") + tr("loading more…");
    return status;
}

} // namespace ctx
