// The libFuzzer entry points, one per parser of user input, driven by Fuzz/Driver and replayed by the tests.
//
// `FuzzTarget` names the targets and runs one input through one of them; Scripts/fuzz.sh
// builds the driver (only with RECKON_FUZZ=1) and `FuzzRegressionTests` replays the seeds and
// every saved crash input. See ARCHITECTURE.md.
