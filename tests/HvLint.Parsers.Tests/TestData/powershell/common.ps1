# Shared helpers, dot-sourced by host-tuning.ps1.
function Write-Step([string] $Message) {
    Write-Host "== $Message"
}
