#!/usr/bin/env bash
# Builds the package the notebooks reference (#r "nuget: AidAnalysis.Interactive, 0.1.0-local"):
# the core, reports and corpus libraries and AidAnalysis.Interactive are packed into artifacts/packages, then restored once from
# there into the NuGet global packages folder, where the kernel's #r looks first. (The kernel's #i
# takes absolute sources only, which a notebook in a repository cannot name.) The kernel caches a
# package by id and version, so restart a running kernel after repacking. The file-based twins in notebooks/
# reference the same package (and rebuild by themselves when it changes).
set -euo pipefail
cd "$(dirname "$0")/.."
version=0.1.0-local
out="$PWD/artifacts/packages"
dotnet pack src/AidAnalysis.Interactive -c Release -nologo -v quiet -o "$out" -p:PackageVersion=$version
for library in AidAnalysis AidAnalysis.Reports AidAnalysis.Corpus; do
  dotnet pack "src/$library" -c Release -nologo -v quiet --no-build -o "$out" -p:PackageVersion=$version
done

cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
rm -rf "$cache"/aidanalysis{,.reports,.corpus,.interactive}/$version
# The kernel's package manager also keeps, per #r line, the list of assemblies it resolved: drop ours, or a
# notebook keeps referencing the assemblies of an earlier layout.
for paths in "$HOME"/.packagemanagement/nuget/Cache/*.resolvedReferences.paths; do
  if [ -f "$paths" ] && grep -qi "aidanalysis" "$paths"; then
    rm -f "$paths" "${paths%.resolvedReferences.paths}.csx"
  fi
done
consumer="$(mktemp -d)"
trap 'rm -rf "$consumer"' EXIT
cat > "$consumer/consumer.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><NoWarn>NU1603;NU1608</NoWarn></PropertyGroup>
  <ItemGroup><PackageReference Include="AidAnalysis.Interactive" Version="$version" /></ItemGroup>
</Project>
PROJECT
dotnet restore "$consumer/consumer.csproj" -nologo -v quiet -p:RestoreAdditionalProjectSources="$out"
echo "packed AidAnalysis.Interactive $version into $out and $cache"
