//! The review TUI: walk aligned coverage with the keyboard. The only part of
//! storydiff that talks to the terminal through ratatui and crossterm.

pub mod action;
