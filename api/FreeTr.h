#pragma once

#include <QCoreApplication>
#include <QString>

// tr() for the free functions of one source file. lupdate files a tr() call in a free function
// under its enclosing namespace ("ctx", "ctx::json", ...), so the function must translate in
// that same context. Expand it in the file's unnamed namespace: CTX_FREE_TR("ctx::json")
#define CTX_FREE_TR(context)                                                                       \
    QString tr(const char *text)                                                                   \
    {                                                                                              \
        return QCoreApplication::translate(context, text);                                         \
    }
