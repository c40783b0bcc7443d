using System.CommandLine;
using CrashLoopAnalysis.Cli;
using CrashLoopAnalysis.Cli.Commands;

var root = new RootCommand("Tells why Kubernetes pods are crash-looping, from captured data, offline.")
{
    DiagnoseCommand.Create(),
    ParseCommand.Create(),
    DetectorsCommand.Create(),
    ExplainCommand.Create(),
};

return CommandLine.Run(root, args);
