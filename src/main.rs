fn main() {
    parallax::panic::install();
    parallax::app::start();
}
