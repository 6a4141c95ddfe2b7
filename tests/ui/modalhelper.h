#pragma once

#include <QApplication>
#include <QEvent>
#include <QString>
#include <QTimer>
#include <QWidget>

// Runs `handler` once on the next modal widget of type `Widget` that opens (an exec()'d dialog or
// message box), polling from the event loop that exec() runs.
template<typename Widget, typename Handler> void whenModalOpens(QObject *context, Handler handler)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, handler] {
        if (auto *widget = qobject_cast<Widget *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handler(widget);
        }
    });
    timer->start();
}

// The child of `parent` of type `Widget` named `name`; ends the test when there is none (a renamed
// widget), rather than failing later on a null pointer.
template<typename Widget> Widget *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<Widget *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

// Runs `handler` each time `widget` is shown, at the moment it is: a widget shown and hidden again
// within one turn of a busy event loop is seen all the same, which polling its visibility misses.
template<typename Handler> void whenShown(QWidget *widget, Handler handler)
{
    class Watcher : public QObject
    {
    public:
        Watcher(QWidget *watched, Handler handler)
            : QObject(watched)
            , m_handler(std::move(handler))
        {
            watched->installEventFilter(this);
        }

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Show)
                m_handler(static_cast<QWidget *>(watched));
            return QObject::eventFilter(watched, event);
        }

    private:
        Handler m_handler;
    };
    new Watcher(widget, std::move(handler));
}
