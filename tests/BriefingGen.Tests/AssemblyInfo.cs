using ApprovalTests.Reporters;

// Snapshots are compared quietly: a mismatch fails the test and leaves a .received file to read.
[assembly: UseReporter(typeof(QuietReporter))]
