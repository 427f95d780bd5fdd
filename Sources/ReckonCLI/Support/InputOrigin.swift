/// How messages name an input: `<stdin>` for `-`, else the path as given.
enum InputOrigin {
    /// `<stdin>` or the path.
    static func name(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}
