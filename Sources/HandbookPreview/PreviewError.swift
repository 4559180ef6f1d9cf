/// Why the preview could not start. None of these has a file or a line: each says what to do instead.
public enum PreviewError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--port` outside 0…65535.
    case badPort(Int)
    case portInUse(host: String, port: Int)
    /// Ports below 1024 need the administrator.
    case portNotAllowed(port: Int)
    /// The host is not an address of this machine, or not a name it can look up.
    case hostUnavailable(host: String)
    case cannotListen(host: String, port: Int, reason: String)
    /// A file bundled with the preview is missing or unreadable: the installation is damaged.
    case brokenResource(String, reason: String)

    public var description: String {
        switch self {
        case .badPort(let port):
            "\(port) is not a port number; pass --port with a number from 1024 to 65535, such as --port 8000"
        case let .portInUse(host, port):
            "port \(port) is already in use on \(host) (perhaps by another `handbook serve`); "
                + "pass --port \(port < 65535 ? port + 1 : 8000), or stop the program using it"
        case .portNotAllowed(let port):
            "port \(port) may only be used by the administrator; pass --port 8000 or another number from 1024 to 65535"
        case .hostUnavailable(let host):
            "\(host) is not an address of this computer; leave out --host to serve on 127.0.0.1 (this computer only)"
        case let .cannotListen(host, port, reason):
            "cannot serve on \(host) port \(port): \(reason); try another --port, or leave out --host"
        case let .brokenResource(name, reason):
            "the preview's own file \(name) could not be read (\(reason)); reinstall handbook"
        }
    }
}
