#include "fakepgserver.h"

#include <QByteArray>

#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pw::test {
namespace {

constexpr quint32 kSslRequest = 80877103, kGssRequest = 80877104, kProtocol3 = 196608;

bool readExactly(int fd, char *data, qsizetype size)
{
    while (size > 0) {
        pollfd p { fd, POLLIN, 0 };
        if (::poll(&p, 1, 5000) <= 0)
            return false;
        const ssize_t n = ::read(fd, data, size_t(size));
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

quint32 bigEndian(const char *bytes)
{
    quint32 v;
    std::memcpy(&v, bytes, 4);
    return ntohl(v);
}

QByteArray message(char type, const QByteArray &body)
{
    QByteArray m(1, type);
    const quint32 length = htonl(quint32(body.size() + 4));
    m.append(reinterpret_cast<const char *>(&length), 4);
    return m + body;
}

void send(int fd, const QByteArray &bytes)
{
    [[maybe_unused]] const ssize_t written = ::write(fd, bytes.constData(), size_t(bytes.size()));
}

} // namespace

FakePasswordServer::FakePasswordServer()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0 || ::listen(m_listener, 4) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return;
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

FakePasswordServer::~FakePasswordServer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    ::close(m_listener);
}

QStringList FakePasswordServer::passwords() const
{
    std::lock_guard lock(m_mutex);
    return m_passwords;
}

void FakePasswordServer::serve()
{
    while (!m_stop) {
        pollfd p { m_listener, POLLIN, 0 };
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            continue;
        answer(client);
        ::close(client);
    }
}

void FakePasswordServer::answer(int client)
{
    // Startup: refuse SSL and GSS encryption requests, then ask for a cleartext password.
    for (;;) {
        char header[8];
        if (!readExactly(client, header, 8))
            return;
        const quint32 length = bigEndian(header), code = bigEndian(header + 4);
        if (code == kSslRequest || code == kGssRequest) {
            send(client, QByteArray(1, 'N'));
            continue;
        }
        if (code != kProtocol3 || length < 8 || length > 10000)
            return;
        QByteArray rest(qsizetype(length - 8), '\0');
        if (!readExactly(client, rest.data(), rest.size()))
            return;
        break;
    }
    const quint32 cleartext = htonl(3);
    send(client, message('R', QByteArray(reinterpret_cast<const char *>(&cleartext), 4)));
    char header[5];
    if (!readExactly(client, header, 5) || header[0] != 'p')
        return; // libpq hangs up when it has no password
    const quint32 length = bigEndian(header + 1);
    if (length < 5 || length > 10000)
        return;
    QByteArray password(qsizetype(length - 4), '\0');
    if (!readExactly(client, password.data(), password.size()))
        return;
    {
        std::lock_guard lock(m_mutex);
        m_passwords << QString::fromUtf8(password.chopped(1));
    }
    send(client, message('E', QByteArrayLiteral("SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user "
                                                "\"planwright\"\0\0")));
}

} // namespace pw::test
