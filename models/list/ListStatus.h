#pragma once

#include <QCoreApplication>
#include <QString>

namespace ctx {

class ContextListModel;

// The status line's text for the Contexts list, derived from the model's state.
struct ListStatus
{
    QString text; // "250 of 5,012 contexts loaded", "Loading contexts…"
    QString errorText; // a sentence when the last request failed; empty otherwise
    QString toolTip; // what could not be read, when records were left out
    bool loading = false;

    static ListStatus of(const ContextListModel &model);
    // " · 3 records could not be read and are not shown", and in *toolTip which; empty when
    // every record was read.
    static QString unreadableText(const ContextListModel &model, QString *toolTip);

    Q_DECLARE_TR_FUNCTIONS(ctx::ListStatus)
};

} // namespace ctx
