#include "SandboxBulkInsert.h"

#include "SandboxSqlite.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <sqlite3.h>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype kMaxRowsPerStatement = 128;
constexpr qsizetype kMaxVariables = 32766; // SQLite's default SQLITE_MAX_VARIABLE_NUMBER

} // namespace

struct SandboxBulkInsert::Private
{
    QSqlDatabase db;
    QString head; // INSERT INTO t (a, b) VALUES
    QString tail;
    int columns = 0;
    qsizetype rowsPerStatement = 1;
    sqlite3 *raw = nullptr;
    std::map<qsizetype, sqlite3_stmt *> statements; // by rows
    std::map<qsizetype, std::unique_ptr<QSqlQuery>> queries; // by rows, without `raw`

    Private() = default;
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;
    ~Private()
    {
        for (const auto &[rows, statement] : statements)
            sqlite3_finalize(statement);
    }

    QString sql(qsizetype rows) const
    {
        QStringList marks;
        marks.fill(u'(' + QStringList(columns, u"?"_s).join(u", "_s) + u')', rows);
        return head + marks.join(u", "_s) + tail;
    }

    bool fail(const QString &message, QString *error) const
    {
        if (error)
            *error = u"Cannot write the seed data: "_s + message;
        return false;
    }

    bool insertDirect(const SandboxRowBatch &batch, qsizetype first, qsizetype rows, QString *error)
    {
        sqlite3_stmt *&statement = statements[rows];
        if (!statement) {
            const QByteArray text = sql(rows).toUtf8();
            if (sqlite3_prepare_v2(raw, text.constData(), int(text.size()), &statement, nullptr)
                != SQLITE_OK)
                return fail(QString::fromUtf8(sqlite3_errmsg(raw)), error);
        }
        const qsizetype begin = first * columns;
        const qsizetype end = (first + rows) * columns;
        int code = SQLITE_OK;
        for (qsizetype i = begin; i < end && code == SQLITE_OK; ++i) {
            const SandboxRowBatch::Cell &cell = batch.cell(i);
            const int parameter = static_cast<int>(i - begin) + 1;
            switch (cell.type) {
            case SandboxRowBatch::Type::Integer:
                code = sqlite3_bind_int64(statement, parameter, cell.integer);
                break;
            case SandboxRowBatch::Type::Text: {
                const QByteArrayView text = batch.text(cell);
                code = sqlite3_bind_text(
                    statement, parameter, text.data(), int(text.size()), SQLITE_STATIC);
                break;
            }
            case SandboxRowBatch::Type::Null:
                code = sqlite3_bind_null(statement, parameter);
                break;
            }
        }
        if (code == SQLITE_OK)
            code = sqlite3_step(statement) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
        const QString message = QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_reset(statement);
        return code == SQLITE_OK || fail(message, error);
    }

    bool insertQt(const SandboxRowBatch &batch, qsizetype first, qsizetype rows, QString *error)
    {
        std::unique_ptr<QSqlQuery> &prepared = queries[rows];
        if (!prepared) {
            prepared = std::make_unique<QSqlQuery>(db);
            if (!prepared->prepare(sql(rows)))
                return fail(prepared->lastError().text(), error);
        }
        QSqlQuery &query = *prepared;
        const qsizetype begin = first * columns;
        const qsizetype end = (first + rows) * columns;
        for (qsizetype i = begin; i < end; ++i) {
            const SandboxRowBatch::Cell &cell = batch.cell(i);
            const int parameter = static_cast<int>(i - begin);
            switch (cell.type) {
            case SandboxRowBatch::Type::Integer:
                query.bindValue(parameter, cell.integer);
                break;
            case SandboxRowBatch::Type::Text:
                query.bindValue(parameter, QString::fromUtf8(batch.text(cell)));
                break;
            case SandboxRowBatch::Type::Null:
                query.bindValue(parameter, QVariant(QMetaType::fromType<QString>()));
                break;
            }
        }
        return query.exec() || fail(query.lastError().text(), error);
    }
};

SandboxBulkInsert::SandboxBulkInsert(
    const QSqlDatabase &db, const QString &table, const QStringList &columns, const QString &tail)
    : d(std::make_unique<Private>())
{
    d->db = db;
    d->head = u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s));
    d->tail = tail.isEmpty() ? QString() : u' ' + tail;
    d->columns = static_cast<int>(columns.size());
    d->rowsPerStatement
        = std::clamp(kMaxVariables / std::max(1, d->columns), qsizetype(1), kMaxRowsPerStatement);
    d->raw = SandboxSqlite::handle(db);
}

SandboxBulkInsert::~SandboxBulkInsert() = default;

bool SandboxBulkInsert::isDirect(const QSqlDatabase &db)
{
    return SandboxSqlite::handle(db) != nullptr;
}

bool SandboxBulkInsert::insert(const SandboxRowBatch &batch, QString *error)
{
    if (batch.columns() != d->columns)
        return d->fail(
            u"a batch of %1 columns for %2"_s.arg(batch.columns()).arg(d->columns), error);
    const qsizetype rows = batch.rows();
    for (qsizetype first = 0; first < rows; first += d->rowsPerStatement) {
        const qsizetype count = std::min(d->rowsPerStatement, rows - first);
        const bool ok = d->raw ? d->insertDirect(batch, first, count, error)
                               : d->insertQt(batch, first, count, error);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace sandbox
