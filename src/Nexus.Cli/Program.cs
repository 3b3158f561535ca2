return await Nexus.Cli.NexusCli.RunAsync(args);
