//! The review TUI: walk aligned coverage with the keyboard. The only part of
//! storydiff that talks to the terminal through ratatui and crossterm.

pub mod action;
pub mod app;
pub mod config;
pub mod editor;
pub mod keymap;
pub mod lenses;
pub mod loading;
pub mod marks;
pub mod review;
pub mod run;
pub mod search;
pub mod signals;
pub mod sources;
pub mod theme;
pub mod ui;
pub mod update;
