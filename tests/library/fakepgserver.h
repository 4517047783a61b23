#pragma once

// A loopback server that speaks just enough of the PostgreSQL protocol to ask for a cleartext password and
// refuse it, recording what the client sent: it tests the password prompt without a server that has
// passwords (the CI server trusts loopback connections).

#include <QStringList>

#include <atomic>
#include <mutex>
#include <thread>

namespace pw::test {

class FakePasswordServer
{
public:
    FakePasswordServer();
    ~FakePasswordServer();
    FakePasswordServer(const FakePasswordServer &) = delete;
    FakePasswordServer &operator=(const FakePasswordServer &) = delete;

    int port() const { return m_port; }
    /** The passwords clients sent, in order. */
    QStringList passwords() const;

private:
    void serve();
    void answer(int client);

    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stop { false };
    mutable std::mutex m_mutex;
    QStringList m_passwords;
    std::thread m_thread;
};

} // namespace pw::test
