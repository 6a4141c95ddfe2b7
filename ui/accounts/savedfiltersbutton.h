#pragma once

#include "core/domain/savedfilter.h"

#include <QToolButton>

#include <functional>

class QMenu;

namespace bc {

class Settings;

// "Saved filters" beside the account list's filters: saves the current filter under a name,
// applies a saved one, deletes one after asking. The filters are those of one operator on one
// database (Settings::savedFilters), read afresh each time the menu opens.
class SavedFiltersButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedFiltersButton)

public:
    // What "Save current filter…" saves (its name aside).
    using CurrentFilter = std::function<SavedFilter()>;

    SavedFiltersButton(CurrentFilter current, QWidget *parent = nullptr);

    // Where the filters are kept: `settings` outlives the button; `operatorLogin` empty when nobody
    // signed in. Without settings the menu offers nothing.
    void setStore(Settings *settings, const QString &database, const QString &operatorLogin);
    SavedFilters filters() const;

    // Asks for a name and saves the current filter under it; false when the person cancelled.
    bool saveCurrentFilter();
    // Asks, then deletes the filter of that name; false when the person kept it.
    bool deleteFilter(const QString &name);

Q_SIGNALS:
    void applyRequested(const bc::SavedFilter &filter);
    // "Filter "Inactive" saved.": for the status bar.
    void statusMessage(const QString &message);

private:
    void fillMenu();
    void store(const SavedFilters &filters);

    CurrentFilter m_current;
    QMenu *m_menu = nullptr;
    Settings *m_settings = nullptr;
    QString m_database;
    QString m_operator;
};

} // namespace bc
