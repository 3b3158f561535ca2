using Nexus.Web;

NexusApplication.Build(WebApplication.CreateBuilder(args)).Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
