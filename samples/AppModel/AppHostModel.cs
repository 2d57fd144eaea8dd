using Aspire.Hosting;

namespace AppModel
{
    /// <summary>What an app host's Program.cs calls: <c>AppHostModel.Build(DistributedApplication.CreateBuilder(args))</c>.</summary>
    public static class AppHostModel
    {
        public static IDistributedApplicationBuilder Build(IDistributedApplicationBuilder builder)
        {
            BuildFarm.Add(builder);
            Services.Add(builder);
            return builder;
        }
    }
}
