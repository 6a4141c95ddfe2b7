#pragma once

#include "ui/catalog/catalogkindadapter.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace bc {

class CatalogListModel;
class Workspace;

// Group → Profiles…, Storages…, Subscriptions…, Security groups…: the list of what the group
// defines, with Add, Edit (also double-click or Enter) and Delete. Deleting asks first; core's
// refusal ("still in use") is shown in its own words above the buttons. The list is read and
// changed on the workspace's worker: until it arrives the dialog says "Loading…" and Add waits.
// The adapter supplies what differs between the four kinds.
class CatalogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogDialog)

public:
    CatalogDialog(Workspace &workspace, std::unique_ptr<CatalogKindAdapter> adapter, qint64 groupId,
                  const QString &groupName, QWidget *parent = nullptr);
    ~CatalogDialog() override;

    CatalogListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Whether the list arrived at least once.
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    void addItem();
    void editItem();
    void deleteItem();

private:
    void reload(qint64 selectId = 0);
    qint64 currentId() const;
    void showMessage(const QString &message);
    void updateButtons();

    Workspace &m_workspace;
    std::unique_ptr<CatalogKindAdapter> m_adapter;
    qint64 m_groupId;
    bool m_loaded = false;
    bool m_busy = false; // a change was handed to the worker and its answer has not come
    CatalogListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace bc
