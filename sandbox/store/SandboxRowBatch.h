#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <vector>

namespace sandbox {

// The values of many rows for one table, ready to bind: integers, UTF-8 texts and nulls, row
// after row in column order. Filled by one thread and written by another (SandboxBulkInsert).
class SandboxRowBatch
{
public:
    enum class Type : quint8 { Integer, Text, Null };
    struct Cell
    {
        Type type = Type::Null;
        qint64 integer = 0; // Integer: the value; Text: where it starts in text()
        qsizetype size = 0; // Text: its size in bytes
    };

    SandboxRowBatch() = default;
    SandboxRowBatch(int table, int columns)
        : m_table(table)
        , m_columns(columns)
    {
    }

    int table() const { return m_table; } // the caller's number for the table
    int columns() const { return m_columns; }
    qsizetype rows() const { return m_columns > 0 ? qsizetype(m_cells.size()) / m_columns : 0; }
    bool isEmpty() const { return m_cells.empty(); }

    void addInteger(qint64 value) { m_cells.push_back({Type::Integer, value, 0}); }
    void addNull() { m_cells.push_back({Type::Null, 0, 0}); }
    void addText(QByteArrayView utf8)
    {
        m_cells.push_back({Type::Text, m_text.size(), utf8.size()});
        m_text.append(utf8);
    }

    const Cell &cell(qsizetype index) const { return m_cells[static_cast<size_t>(index)]; }
    QByteArrayView text(const Cell &cell) const
    {
        return QByteArrayView(m_text.constData() + cell.integer, cell.size);
    }

private:
    int m_table = 0;
    int m_columns = 0;
    std::vector<Cell> m_cells;
    QByteArray m_text;
};

} // namespace sandbox
