// The reckon command: argument parsing and output only.
//
// Every command is a type in Commands/ that reads its arguments (Support/Arguments.swift),
// calls the libraries (TextCore, Estimates, Tables, Munitions) and writes through a Console,
// so that the tests run commands in-process (`Reckon.run(words, console:)`). main.swift is
// the whole program around that: parse, run, write, exit. See ARCHITECTURE.md.
