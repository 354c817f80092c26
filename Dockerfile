# Condor: build with the .NET SDK (plus Node for the front-end packages), run on the ASP.NET runtime.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig Condor.Web.sln ./
COPY eng/ eng/
COPY wwwroot-assets/package.json wwwroot-assets/package-lock.json wwwroot-assets/
COPY Condor.Engine/Condor.Engine.csproj Condor.Engine/
COPY Condor.Web/Condor.Web.csproj Condor.Web/
RUN dotnet restore Condor.Web/Condor.Web.csproj
COPY wwwroot-assets/ wwwroot-assets/
COPY Condor.Engine/ Condor.Engine/
COPY Condor.Web/ Condor.Web/
RUN dotnet publish Condor.Web/Condor.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Journal, backups and login keys live on the volume.
ENV Condor__DataDirectory=/data \
    ASPNETCORE_HTTP_PORTS=8080
VOLUME ["/data"]
EXPOSE 8080
# Listening on all interfaces needs a password: set Condor__Web__PasswordHash (see README).
ENTRYPOINT ["dotnet", "Condor.Web.dll"]
