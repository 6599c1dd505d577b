namespace AidAnalysis.Rendering;

/// <summary>
/// The command line of the headless browser. Rendering needs no network at all, so besides starting
/// headless these switches leave Chromium no way out: every host name resolves to nothing, every
/// request goes to a proxy that is a closed local port, and the services that phone home on their
/// own (updates, components, sync, metrics, DNS-over-HTTPS, prediction, translation) are off.
/// </summary>
public static class ChromiumFlags
{
    /// <summary>A port nothing listens on (discard), so proxied requests fail at once on loopback.</summary>
    public const string DeadProxy = "127.0.0.1:9";

    private static readonly string[] DisabledFeatures =
    [
        "AsyncDns", "DnsOverHttps", "NetworkPrediction", "NetworkTimeServiceQuerying", "OptimizationHints",
        "OptimizationHintsFetching", "OptimizationGuideModelDownloading", "MediaRouter", "DialMediaRouteProvider",
        "Translate", "AutofillServerCommunication", "CertificateTransparencyComponentUpdater",
        "InterestFeedContentSuggestions", "SafeBrowsingEnhancedProtection", "PrivacySandboxSettings4",
        "SpeculationRulesPrefetchFuture", "Prerender2", "AcceptCHFrame", "BackForwardCache", "PreloadMediaEngagementData",
        "UseDnsHttpsSvcb", "IsolateSandboxedIframes",
    ];

    /// <summary>Profile preferences read at start: no network prediction, so <c>&lt;link rel=preconnect&gt;</c>
    /// (which neither interception nor a content security policy stops) opens nothing.</summary>
    private const string Preferences = """{"net":{"network_prediction_options":2}}""";

    /// <summary>Seeds a fresh profile folder with <see cref="Preferences"/>.</summary>
    public static void WritePreferences(string profileFolder)
    {
        var defaultProfile = Directory.CreateDirectory(Path.Combine(profileFolder, "Default")).FullName;
        File.WriteAllText(Path.Combine(defaultProfile, "Preferences"), Preferences);
    }

    public static IReadOnlyList<string> For(string profileFolder) =>
    [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--no-default-browser-check", "--disable-extensions", "--disable-default-apps",
        "--disable-component-extensions-with-background-pages", "--mute-audio", "--hide-scrollbars",
        "--password-store=basic", "--use-mock-keychain", "--force-color-profile=srgb",
        "--export-tagged-pdf", "--generate-pdf-document-outline",
        "--remote-debugging-port=0",
        $"--user-data-dir={profileFolder}",

        // No name resolves, nothing is proxied around the dead proxy (loopback included), no QUIC or WebRTC over UDP.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        $"--proxy-server={DeadProxy}", "--proxy-bypass-list=<-loopback>",
        "--disable-quic", "--dns-prefetch-disable", "--no-pings",
        "--force-webrtc-ip-handling-policy=disable_non_proxied_udp", "--webrtc-ip-handling-policy=disable_non_proxied_udp",

        // Services that start traffic on their own. The on-device model manifest is fetched "on demand",
        // past --disable-component-update, and any fetch makes the resolver probe IPv6 reachability with a
        // UDP socket to a public address: pointing the manifest at a folder that does not exist stops both.
        $"--optimization-guide-manifest-override={Path.Combine(profileFolder, "no-models")}",
        "--disable-background-networking", "--disable-component-update", "--disable-domain-reliability",
        "--disable-sync", "--metrics-recording-only", "--disable-breakpad", "--disable-crash-reporter",
        "--disable-client-side-phishing-detection", "--safebrowsing-disable-auto-update",
        "--disable-field-trial-config", "--disable-search-engine-choice-screen", "--media-router=0",
        $"--disable-features={string.Join(',', DisabledFeatures)}",

        // Rendering in one batch must not be slowed by background throttling.
        "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
        "--disable-renderer-backgrounding", "--disable-ipc-flooding-protection", "--disable-hang-monitor",

        // The chart and print pages share one renderer process: a second one cost 0.3-1.2 s more processor time per
        // cold brief (measured A/B on a loaded 2-core machine), and both pages hold only what this program gives them.
        "--renderer-process-limit=1",
        "about:blank",
    ];
}
