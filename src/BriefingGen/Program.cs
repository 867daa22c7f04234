using BriefingGen.Cli;

return await App.RunAsync(args);
