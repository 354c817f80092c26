using Condor.Engine;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCondorEngine();
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();

public partial class Program;
