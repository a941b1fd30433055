fn main() {
    parallax::panic::install();
    leptos::mount::mount_to_body(parallax::app::App);
}
